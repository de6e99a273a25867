/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-influence-question"

#include "config.h"

#include "ber-influence-question.h"

/* A question the region wants to influence. year is 0 when not set (NULL);
 * priority is its place in the list, 1 first (BerQuestions keeps it dense);
 * plan names the plan it is annexed to, action_plan says what is done. */
struct _BerInfluenceQuestion
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerInfluenceQuestion, ber_influence_question, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SCOPE,
  PROP_PLAN_BODY_ID,
  PROP_YEAR,
  PROP_PRIORITY,
  PROP_PLAN,
  PROP_ACTION_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
#define NULLABLE (FLAGS | BER_PARAM_NULLABLE)

static void
ber_influence_question_class_init (BerInfluenceQuestionClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "influence_question";
  record_class->label = "title";

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", FLAGS);
  properties[PROP_SCOPE] = g_param_spec_string ("scope", NULL, NULL, "international", FLAGS);
  properties[PROP_PLAN_BODY_ID] =
    g_param_spec_int64 ("plan-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 2999, 0, NULLABLE);
  properties[PROP_PRIORITY] = g_param_spec_int ("priority", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_PLAN] = g_param_spec_string ("plan", NULL, NULL, "", FLAGS);
  properties[PROP_ACTION_PLAN] = g_param_spec_string ("action-plan", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_influence_question_init (BerInfluenceQuestion *self)
{
}

BerInfluenceQuestion *
ber_influence_question_new (void)
{
  return g_object_new (BER_TYPE_INFLUENCE_QUESTION, NULL);
}

const char *
ber_influence_question_get_title (BerInfluenceQuestion *self)
{
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

const char *
ber_influence_question_get_scope (BerInfluenceQuestion *self)
{
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "scope");
}

/* Returns: the question's place in the priority order, 1 first */
int
ber_influence_question_get_priority (BerInfluenceQuestion *self)
{
  int priority = 0;

  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (self), 0);
  g_object_get (self, "priority", &priority, NULL);
  return priority;
}
