"""Review before publishing: one workflow on the "Kommunen" index, approved by the reviewers' group.

Editors submit, reviewers approve (the page goes live) or reject with a comment; Wagtail's own workflow
notifications mail the reviewers about each submission and the author about the decision. Pages above
"Kommunen" (home, imprint, privacy, listings) have no workflow: administrators publish them directly, so
Wagtail's default workflow is taken off the root page (and made inactive once it has no pages left).
"""

from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Prüfung durch die Netzwerkredaktion"
TASK_NAME = "Redaktionelle Prüfung"


@transaction.atomic
def ensure_review_workflow(index, reviewers):
    """Create or repair the review workflow on `index` with one approval task for `reviewers`; returns it.

    The workflow already on the index is kept (and renamed); else Wagtail's default workflow on the root is
    moved there, so its history and its task stay; else a new one is made. Safe to repeat.
    """
    root = Page.get_first_root_node()
    on_index = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    on_root = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    workflow = (
        (on_index and on_index.workflow)
        or Workflow.objects.filter(name=WORKFLOW_NAME).first()
        or (on_root and on_root.workflow)
        or Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    )
    if (workflow.name, workflow.active) != (WORKFLOW_NAME, True):
        workflow.name, workflow.active = WORKFLOW_NAME, True
        workflow.save()

    task = _approval_task(workflow, reviewers)
    if (task.name, task.active) != (TASK_NAME, True):
        task.name, task.active = TASK_NAME, True
        task.save()
    if list(task.groups.all()) != [reviewers]:
        task.groups.set([reviewers])

    if on_index is None or on_index.workflow_id != workflow.pk:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    if on_root is not None:
        default = on_root.workflow
        on_root.delete()
        if default.pk != workflow.pk and not (
            default.workflow_pages.exists() or default.workflow_content_types.exists()
        ):
            default.deactivate()
    return workflow


def _approval_task(workflow, reviewers):
    """The workflow's approval task for `reviewers` (or its first group approval task), else a new first task."""
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).order_by("workflow_tasks__sort_order")
    task = tasks.filter(groups=reviewers).first() or tasks.first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return task
