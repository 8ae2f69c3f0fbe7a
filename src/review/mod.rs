//! The teacher's review: many hand-in files in, a sortable table of the class out, nothing uploaded.

pub mod review_page;
