//! Classroom: exercises, share links, hand-ins, print and Markdown, all without a server.

pub mod case_panel;
pub mod example_pairs;
pub mod exercise_form;
pub mod exercise_store;
pub mod hand_in_form;
pub mod link_codec;
pub mod messages;
pub mod share_card;
pub mod shared_link;
