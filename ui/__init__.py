"""Qt widgets, workers and signals. No prompt or business rules live here."""
