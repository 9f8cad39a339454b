"""The dbt side of a project, in one place: its set-up and manifest (`project`), the translator
from dbt nodes to Dagster asset specs (`translator`), the CLI resource (`cli_resource`), one
`@dbt_assets` per pipeline (`assets`) and the in-process runner the dry run uses (`runner`)."""
