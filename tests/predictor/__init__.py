"""Tests of the prediction engine (package `predictor`)."""
