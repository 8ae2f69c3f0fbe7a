//! Calendar dates and instants as plain values. The domain never reads a clock: callers pass "today" and "now".

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date, written `YYYY-MM-DD` in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The earliest and latest dates the file format can write (four-digit years).
    pub const MIN: Date = Date {
        year: 0,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `days` after 1970-01-01, kept within [`Date::MIN`]..=[`Date::MAX`] so that any
    /// arithmetic on typed-in numbers ("within 99999999 months") stays a date a file can hold.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let days = days.clamp(Date::MIN.days_since_epoch(), Date::MAX.days_since_epoch());
        let (year, month, day) = civil_from_days(days);
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }

    /// The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)
    /// and to [`Date::MIN`]..=[`Date::MAX`].
    pub fn add_months(self, months: i32) -> Date {
        let index = (i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months))
            .clamp(0, 9999 * 12 + 11);
        let year = index.div_euclid(12) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

/// A date as the language writes it in running text ("1 June 2027", "1. juni 2027", "1 juni 2027").
/// The app's dates and the coach's rewrites share this one writer, so a deadline the coach proposes
/// reads as the app shows it.
pub fn long_date(date: Date, lang: crate::Lang) -> String {
    use crate::Lang;
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const NB: [&str; 12] = [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let m = usize::from(date.month().clamp(1, 12)) - 1;
    match lang {
        Lang::En => format!("{} {} {}", date.day(), EN[m], date.year()),
        Lang::Nb => format!("{}. {} {}", date.day(), NB[m], date.year()),
        Lang::Sv => format!("{} {} {}", date.day(), SV[m], date.year()),
        Lang::Da => format!("{}. {} {}", date.day(), DA[m], date.year()),
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.trim().splitn(3, '-');
        let mut next = || parts.next().and_then(|p| p.parse::<i64>().ok());
        match (next(), next(), next()) {
            (Some(y), Some(m), Some(d))
                if (0..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) =>
            {
                Date::new(y as i32, m as u8, d as u8)
                    .ok_or_else(|| format!("{s} is not a day of the calendar"))
            }
            _ => Err(format!("{s:?} is not a date of the form YYYY-MM-DD")),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An instant in UTC with millisecond precision, written as RFC 3339 (`2026-11-23T10:15:00.000Z`) in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_millis(ms: i64) -> Timestamp {
        Timestamp(ms)
    }
    pub fn millis(self) -> i64 {
        self.0
    }
    pub fn date(self) -> Date {
        Date::from_days_since_epoch(self.0.div_euclid(86_400_000))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms_of_day = self.0.rem_euclid(86_400_000);
        let (h, m, s, ms) = (
            ms_of_day / 3_600_000,
            ms_of_day / 60_000 % 60,
            ms_of_day / 1000 % 60,
            ms_of_day % 1000,
        );
        write!(f, "{}T{h:02}:{m:02}:{s:02}.{ms:03}Z", self.date())
    }
}

impl FromStr for Timestamp {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("{s:?} is not a UTC time of the form YYYY-MM-DDThh:mm:ss.sssZ");
        let (date, time) = s.split_once('T').ok_or_else(bad)?;
        let date: Date = date.parse().map_err(|_| bad())?;
        let time = time.strip_suffix('Z').ok_or_else(bad)?;
        let (hms, frac) = time.split_once('.').unwrap_or((time, "0"));
        let fields: Vec<i64> = hms
            .split(':')
            .map(|p| p.parse::<i64>())
            .collect::<Result<_, _>>()
            .map_err(|_| bad())?;
        let [h, m, sec] = fields[..] else {
            return Err(bad());
        };
        if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..61).contains(&sec) {
            return Err(bad());
        }
        let frac = frac.get(..3.min(frac.len())).unwrap_or("0");
        let ms: i64 = format!("{frac:0<3}").parse().map_err(|_| bad())?;
        Ok(Timestamp(
            date.days_since_epoch() * 86_400_000 + ((h * 60 + m) * 60 + sec) * 1000 + ms,
        ))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_day_numbers() {
        for days in [-700_000, -1, 0, 1, 19_000, 20_415, 2_932_896] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
    }

    #[test]
    fn arithmetic_on_huge_numbers_stays_within_four_digit_years() {
        let d = Date::new(2027, 1, 31).unwrap();
        assert_eq!(d.add_days(i64::MAX), Date::MAX);
        assert_eq!(d.add_days(i64::MIN), Date::MIN);
        assert_eq!(d.add_months(i32::MAX), Date::new(9999, 12, 31).unwrap());
        assert_eq!(d.add_months(i32::MIN), Date::new(0, 1, 31).unwrap());
        assert_eq!(
            Date::from_days_since_epoch(i64::MAX)
                .to_string()
                .parse::<Date>(),
            Ok(Date::MAX)
        );
        assert_eq!(Date::new(10_000, 1, 1), None);
    }

    #[test]
    fn adding_months_clamps_to_the_last_day() {
        let d = Date::new(2027, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2027-02-28");
        assert_eq!(d.add_months(13).to_string(), "2028-02-29");
        assert_eq!(
            Date::new(2026, 11, 23).unwrap().add_months(3).to_string(),
            "2027-02-23"
        );
    }

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(
            "2027-06-01".parse::<Date>().unwrap(),
            Date::new(2027, 6, 1).unwrap()
        );
        assert!("2027-02-30".parse::<Date>().is_err());
        assert!("1 June".parse::<Date>().is_err());
    }

    #[test]
    fn timestamps_print_and_parse_as_rfc3339() {
        let t = Timestamp::from_millis(1_795_431_296_789);
        let text = t.to_string();
        assert_eq!(text, "2026-11-23T10:54:56.789Z");
        assert_eq!(text.parse::<Timestamp>().unwrap(), t);
        assert_eq!(
            "2026-11-23T10:54:56Z"
                .parse::<Timestamp>()
                .unwrap()
                .millis(),
            1_795_431_296_000
        );
        assert!("2026-11-23 06:54".parse::<Timestamp>().is_err());
    }
}
