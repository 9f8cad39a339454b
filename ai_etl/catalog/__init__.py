"""What a source's schema says beyond its declarations: references inferred from names and data
(`keys`) and the join paths between tables (`joins`)."""
