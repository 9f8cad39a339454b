"""The agents (Planner, Schema Analyst, SQL Expert, Python Coder, QA Validator, Reflector), the
orchestrator that runs them, the litellm gateway they call models through, and their contracts."""
