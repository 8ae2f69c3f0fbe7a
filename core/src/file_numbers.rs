//! Numbers a file cannot hold, and the serde helpers that keep them out of it. JSON has no NaN or infinity: serde_json writes them as `null`, which an
//! `f64` field cannot read back; and the reader refuses numbers beyond ±`limits::MAX_NUMBER`. So an
//! optional number (`baseline`, `target`, `manual_score`) that is not finite or out of range is written as
//! `null` and read as `None`; a measurement or an engagement share whose number is not is left out of the
//! file, and one written as `null` (by an older build or by hand) is skipped on reading. Either way a plan
//! never makes a file that cannot be read back.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::limits::is_writable;

/// An entry of a list that carries a number which must be writable (see [`is_writable`]).
pub trait FiniteEntry {
    fn is_finite(&self) -> bool;
}

/// Serialises the entries whose number is writable (for `#[serde(serialize_with)]`).
pub fn write_finite<T: Serialize + FiniteEntry, S: Serializer>(
    entries: &[T],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(entries.iter().filter(|e| e.is_finite()))
}

/// Serialises an optional number, as `null` when it is not writable (for `#[serde(serialize_with)]`).
pub fn write_number<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    n.filter(|x| is_writable(*x)).serialize(s)
}

/// Deserialises a list and drops the entries whose number is not finite (for `#[serde(deserialize_with)]`).
pub fn read_finite<'de, T: Deserialize<'de> + FiniteEntry, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    let mut entries = Vec::<T>::deserialize(d)?;
    entries.retain(FiniteEntry::is_finite);
    Ok(entries)
}

/// Reads a number, or `null` as NaN (for `#[serde(deserialize_with)]`; the list then drops the entry).
pub fn number_or_nan<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NAN))
}
