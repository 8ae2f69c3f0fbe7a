//! Two tabs of one browser share one storage: what a tab does when the plan it holds was saved or
//! deleted by another.
//!
//! Each tab keeps, per plan, its *base*: the revision it last read from storage or wrote there. Every
//! write stores a revision no tab has seen for that plan ([`fresh_revision`]), so a base that differs
//! from the stored revision means another tab wrote since, whatever the two numbers are (an imported
//! plan that replaces one here may carry a lower revision than the copy it replaces).
//!
//! Plain functions over revisions: the app asks storage, calls one of these, and does what it says.

use crate::calendar::Timestamp;
use crate::plan::{Plan, PlanId};

/// How many times a plan has been saved; see [`crate::Plan::revision`].
pub type Revision = u64;

/// What this tab holds of one plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    /// The revision this tab last read from or wrote to storage; `None` if it never saw it stored.
    pub base: Option<Revision>,
    /// The revision of the plan on screen; ahead of `base` while an edit is not yet saved.
    pub current: Revision,
}

impl Held {
    /// The tab has edits that storage does not hold.
    pub fn unsaved(&self) -> bool {
        self.base != Some(self.current)
    }
}

/// What to do with an edit this tab is about to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveDecision {
    /// Nobody else wrote since this tab's base: write the plan.
    Write,
    /// Another tab saved a revision this tab has not seen: write nothing until the user chooses
    /// between keeping this tab's copy as a new plan and loading the newer one.
    Conflict,
    /// Another tab deleted the plan: write nothing (that would silently undo the deletion) until the
    /// user restores it.
    DeletedElsewhere,
}

/// Decides a save from the revision in storage now (`None`: no entry) and this tab's base.
pub fn decide_save(stored: Option<Revision>, base: Option<Revision>) -> SaveDecision {
    match (stored, base) {
        (Some(s), Some(b)) if s == b => SaveDecision::Write,
        (Some(_), _) => SaveDecision::Conflict,
        (None, Some(_)) => SaveDecision::DeletedElsewhere,
        (None, None) => SaveDecision::Write,
    }
}

/// The revision to store when a tab writes a plan as a whole (replacing it with an import, restoring
/// it): above both what storage holds and what the plan carries, so every other tab's base differs.
pub fn fresh_revision(stored: Option<Revision>, held: Revision) -> Revision {
    stored.unwrap_or(0).max(held).saturating_add(1)
}

/// The revision a tab stores when it writes a plan as a whole: the plan's own if neither storage nor
/// this tab has seen the plan before, else a [`fresh_revision`] above what storage holds, what the plan
/// carries and this tab's base.
pub fn whole_write_revision(
    stored: Option<Revision>,
    base: Option<Revision>,
    current: Revision,
) -> Revision {
    if stored.is_none() && base.is_none() {
        return current;
    }
    fresh_revision(stored, current.max(base.unwrap_or(0)))
}

/// "Take theirs" in a conflict offered with `offered`: the version stored now if it is at least as new
/// (a third save may have come since the choice was offered), else the offered one.
pub fn version_to_take(offered: Plan, stored: Option<Plan>) -> Plan {
    stored
        .filter(|p| p.id == offered.id && p.revision >= offered.revision)
        .unwrap_or(offered)
}

/// "Keep both" in a conflict: this tab's version as a new plan, under `id` and `title`, made when the
/// original was; the other tab's version then takes the original's place ([`version_to_take`]).
pub fn kept_copy(mine: &Plan, id: PlanId, title: impl Into<String>, now: Timestamp) -> Plan {
    let mut copy = mine.duplicate(id, title, now);
    copy.created_at = mine.created_at;
    copy
}

/// What to do when another tab changed the storage entry of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalDecision {
    /// Nothing to do: this tab has that revision already, or never had the deleted plan.
    Ignore,
    /// A plan this tab did not have: add it to the list.
    Add,
    /// Show the other tab's version; this tab had nothing unsaved to lose.
    Adopt,
    /// This tab has unsaved edits on an older revision: keep both until the user chooses.
    Conflict,
    /// Deleted elsewhere while open or edited here: keep it on screen, say so, offer to restore it.
    KeepDeleted,
    /// Deleted elsewhere and neither open nor edited here: take it off the list.
    Remove,
}

/// Decides what a change from another tab does here. `held` is this tab's copy (`None`: not in its
/// list), `theirs` the revision now stored (`None`: deleted), `open_here` whether this tab shows it.
pub fn decide_external(
    held: Option<Held>,
    theirs: Option<Revision>,
    open_here: bool,
) -> ExternalDecision {
    match (held, theirs) {
        (None, Some(_)) => ExternalDecision::Add,
        (None, None) => ExternalDecision::Ignore,
        (Some(held), Some(t)) if held.base == Some(t) => ExternalDecision::Ignore,
        (Some(held), Some(_)) if held.unsaved() => ExternalDecision::Conflict,
        (Some(_), Some(_)) => ExternalDecision::Adopt,
        (Some(held), None) if open_here || held.unsaved() => ExternalDecision::KeepDeleted,
        (Some(_), None) => ExternalDecision::Remove,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: &str, revision: Revision, title: &str) -> Plan {
        Plan {
            revision,
            ..Plan::new(PlanId::new(id), title, Timestamp::from_millis(1_000))
        }
    }

    #[test]
    fn a_plan_new_to_storage_and_to_the_tab_keeps_its_revision() {
        assert_eq!(whole_write_revision(None, None, 7), 7);
    }

    #[test]
    fn a_plan_written_over_a_known_version_takes_a_revision_nobody_has_seen() {
        assert_eq!(whole_write_revision(Some(3), Some(3), 2), 4);
        assert_eq!(whole_write_revision(Some(3), None, 9), 10);
        assert_eq!(whole_write_revision(None, Some(12), 5), 13);
    }

    #[test]
    fn taking_theirs_takes_the_newest_stored_version() {
        let offered = plan("p", 5, "Offered");
        let later = plan("p", 6, "Saved since");
        assert_eq!(version_to_take(offered.clone(), Some(later.clone())), later);
        assert_eq!(
            version_to_take(offered.clone(), Some(plan("p", 5, "Same"))).title,
            "Same"
        );
        assert_eq!(
            version_to_take(offered.clone(), Some(plan("p", 4, "Older"))),
            offered
        );
        assert_eq!(version_to_take(offered.clone(), None), offered);
        assert_eq!(
            version_to_take(offered.clone(), Some(plan("q", 9, "Another"))),
            offered
        );
    }

    #[test]
    fn keeping_both_copies_this_tabs_version_as_a_new_plan_made_when_the_first_was() {
        let mut mine = plan("p", 8, "Café");
        mine.created_at = Timestamp::from_millis(500);
        let copy = kept_copy(
            &mine,
            PlanId::new("p2"),
            "Café (this tab)",
            Timestamp::from_millis(9_000),
        );
        assert_eq!(copy.id, PlanId::new("p2"));
        assert_eq!(copy.title, "Café (this tab)");
        assert_eq!(copy.created_at, mine.created_at);
        assert_eq!(copy.revision, 0);
    }

    fn held(base: Option<Revision>, current: Revision) -> Option<Held> {
        Some(Held { base, current })
    }

    #[test]
    fn a_save_on_top_of_the_stored_revision_is_written() {
        assert_eq!(decide_save(Some(4), Some(4)), SaveDecision::Write);
    }

    #[test]
    fn a_save_from_a_tab_holding_an_older_revision_is_refused() {
        assert_eq!(decide_save(Some(9), Some(4)), SaveDecision::Conflict);
    }

    #[test]
    fn a_lower_stored_revision_is_still_another_tabs_write() {
        // Tab A replaced the plan with an imported file of revision 2; tab B is at 7.
        assert_eq!(decide_save(Some(2), Some(7)), SaveDecision::Conflict);
    }

    #[test]
    fn a_save_of_a_plan_deleted_elsewhere_is_held_back() {
        assert_eq!(decide_save(None, Some(3)), SaveDecision::DeletedElsewhere);
    }

    #[test]
    fn a_plan_never_stored_is_written_unless_another_took_its_place() {
        assert_eq!(decide_save(None, None), SaveDecision::Write);
        assert_eq!(decide_save(Some(1), None), SaveDecision::Conflict);
    }

    #[test]
    fn a_whole_plan_write_gets_a_revision_no_tab_has_seen() {
        assert_eq!(fresh_revision(Some(7), 2), 8);
        assert_eq!(fresh_revision(Some(3), 10), 11);
        assert_eq!(fresh_revision(None, 0), 1);
        assert_eq!(fresh_revision(Some(u64::MAX), 0), u64::MAX);
    }

    #[test]
    fn a_replace_in_one_tab_makes_the_others_save_a_conflict() {
        let tab_b_base = Some(7);
        let imported = 2;
        let stored = fresh_revision(Some(7), imported);
        assert_eq!(
            decide_save(Some(stored), tab_b_base),
            SaveDecision::Conflict
        );
    }

    #[test]
    fn another_tabs_save_is_shown_when_nothing_here_is_unsaved() {
        assert_eq!(
            decide_external(held(Some(4), 4), Some(5), true),
            ExternalDecision::Adopt
        );
        assert_eq!(
            decide_external(held(Some(4), 4), Some(1), false),
            ExternalDecision::Adopt
        );
    }

    #[test]
    fn another_tabs_save_over_unsaved_edits_is_a_conflict() {
        assert_eq!(
            decide_external(held(Some(4), 6), Some(5), true),
            ExternalDecision::Conflict
        );
    }

    #[test]
    fn the_echo_of_a_known_revision_changes_nothing() {
        assert_eq!(
            decide_external(held(Some(5), 5), Some(5), true),
            ExternalDecision::Ignore
        );
    }

    #[test]
    fn a_plan_new_elsewhere_is_added() {
        assert_eq!(decide_external(None, Some(1), false), ExternalDecision::Add);
        assert_eq!(decide_external(None, None, false), ExternalDecision::Ignore);
    }

    #[test]
    fn a_plan_deleted_elsewhere_stays_open_here() {
        assert_eq!(
            decide_external(held(Some(4), 4), None, true),
            ExternalDecision::KeepDeleted
        );
        assert_eq!(
            decide_external(held(Some(4), 5), None, false),
            ExternalDecision::KeepDeleted,
            "unsaved edits are kept even when the plan is not on screen"
        );
    }

    #[test]
    fn a_plan_deleted_elsewhere_and_untouched_here_leaves_the_list() {
        assert_eq!(
            decide_external(held(Some(4), 4), None, false),
            ExternalDecision::Remove
        );
    }
}
