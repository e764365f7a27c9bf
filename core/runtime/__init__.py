"""What every front end needs at run time: jobs with progress and cancel, crash reports, this computer's preferences."""
