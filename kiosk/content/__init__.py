"""Content kinds residents browse: the catalogue, notices, policies, payouts, the home screen's facts."""
