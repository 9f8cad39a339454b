"""The agents (Planner, Schema Analyst, SQL Expert, Python Coder, QA Validator, Reflector).

Empty until their issue: the spec in `ai_etl.spec` is the contract they will write to.
"""
