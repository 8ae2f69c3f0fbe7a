//! The KPI library: every metric of the catalogue, searchable, with calculators for the rate metrics.

pub mod calculator;
pub mod kpi_library;
