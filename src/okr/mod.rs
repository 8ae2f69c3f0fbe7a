//! The OKR view of the plan: objectives with 2-5 key results, each scored 0.0-1.0.

pub mod key_result_card;
pub mod objective_card;
pub mod okr_section;
