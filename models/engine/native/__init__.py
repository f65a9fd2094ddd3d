"""llama.cpp's low-level API, used only inside the engine process (models.engine.child).

Importing anything here loads llama_cpp; the app never does."""
