from models.engine.bootstrap import engine_main

engine_main()
