"""What the data predicts: features, labels, models and their store, training, segments, recommendations, forecast, drift."""
