"""Background work of freshness (Django tasks; `manage.py db_worker` runs them in production).

Tasks take user ids, never addresses: the queue's rows hold no personal data.
"""

from django_tasks import task

from .freshness_mail import editors, reminder_mail, stale_pages_of


@task()
def send_freshness_reminder(user_id):
    """Mail one editor the stale pages of their sections; nothing when none is stale or the user left."""
    user = editors().filter(pk=user_id).first()
    if user is None:
        return {"sent": 0, "pages": 0}
    pages = stale_pages_of(user)
    if not pages:
        return {"sent": 0, "pages": 0}
    reminder_mail(user, pages).send()
    return {"sent": 1, "pages": len(pages)}
