//! Buffers kept from one goal to the next: a reading hands its vectors back when it is dropped, and
//! the next one takes them, so scoring 1 000 goals allocates them once instead of a thousand times.

use std::cell::RefCell;
use std::thread::LocalKey;

/// The value kept in `slot`, leaving an empty one there; an empty value when the slot is in use or
/// the thread is ending.
pub(crate) fn take<T: Default>(slot: &'static LocalKey<RefCell<T>>) -> T {
    slot.try_with(|cell| {
        cell.try_borrow_mut()
            .map(|mut kept| std::mem::take(&mut *kept))
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// Keeps `value` in `slot` for the next goal. (Past the thread's end, or with the slot in use, it is
/// simply freed.)
pub(crate) fn give_back<T>(slot: &'static LocalKey<RefCell<T>>, value: T) {
    let _ = slot.try_with(|cell| {
        if let Ok(mut kept) = cell.try_borrow_mut() {
            *kept = value;
        }
    });
}
