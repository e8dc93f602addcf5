"""Readers of the prediction inputs beyond history, each a documented format (docs/prediction.md)."""
