//! Classroom: exercises, share links, hand-ins, print and Markdown, all without a server.

pub mod shared_link;
