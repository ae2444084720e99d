"""A sixth content type, installed by the test settings only: proof that a type is a model, a template and a migration."""
