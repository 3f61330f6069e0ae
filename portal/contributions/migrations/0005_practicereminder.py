import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0004_editors_review_submissions"),
        ("practices", "0010_revisions_and_reviews"),
    ]

    operations = [
        migrations.CreateModel(
            name="PracticeReminder",
            fields=[
                (
                    "practice",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="confirmation_reminder",
                        serialize=False,
                        to="practices.goodpractice",
                        verbose_name="good practice",
                    ),
                ),
                (
                    "reminded_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="partners last reminded"
                    ),
                ),
            ],
            options={
                "verbose_name": "reminder to confirm a practice",
                "verbose_name_plural": "reminders to confirm practices",
                "ordering": ["-reminded_at", "practice"],
            },
        ),
    ]
