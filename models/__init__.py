"""LLM backends and model files. The only package that imports llama_cpp (in the engine child)."""
