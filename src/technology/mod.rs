//! Technology: the platforms, chosen last, each where the plan's audiences are.

pub mod technology_section;
