//! People: who the audiences are, how they are linked to us, how they take part, and where they are.

pub mod audience_card;
pub mod engagement_profile;
pub mod people_section;
