//! Strategy: which of Groundswell's objectives serve each business goal, and how the relationship should change.

pub mod strategy_section;
