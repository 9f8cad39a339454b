"""Understanding requests in words: what a request asks for (`request_parser`), schedules in words
(`schedule_text`), how schema names are said (`request_text`, `spoken`), and whether a pipeline
accounts for every word of its request (`coverage`, `evidence`, `say_back`)."""
