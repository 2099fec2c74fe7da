"""The working-day calendar: statutory holidays, 调休, working-day arithmetic, strict dates."""
