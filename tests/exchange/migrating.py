"""Steps for the tests of data migrations: back to an older state, data written as it was, forward again."""


def migrate_to_latest(executor):
    """Apply every migration again, after a test went back to an older state."""
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate_to(executor, targets):
    """Go back (or forward) to `targets`; the apps registry of that state, for writing data as it was then."""
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps
