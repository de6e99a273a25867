/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-motion"

#include "config.h"

#include "ber-motion.h"

/*
 * A motion (yrkande) under the decision of an agenda entry: who moved what,
 * and who supported it (instämmer). And a member's voice when the board
 * votes (omröstning). Both are written with the minutes of the entry.
 */
struct _BerMotion
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerMotion, ber_motion, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_AGENDA_ENTRY_ID,
  PROP_POSITION,
  PROP_MOVER,
  PROP_TEXT,
  PROP_SUPPORTED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_motion_class_init (BerMotionClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "motion";
  record_class->label = "mover";

  properties[PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_MOVER] = g_param_spec_string ("mover", NULL, NULL, "", FLAGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  properties[PROP_SUPPORTED_BY] = g_param_spec_string ("supported-by", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_motion_init (BerMotion *self)
{
}

BerMotion *
ber_motion_new (void)
{
  return g_object_new (BER_TYPE_MOTION, NULL);
}

const char *
ber_motion_get_mover (BerMotion *self)
{
  g_return_val_if_fail (BER_IS_MOTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "mover");
}

const char *
ber_motion_get_text (BerMotion *self)
{
  g_return_val_if_fail (BER_IS_MOTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "text");
}

const char *
ber_motion_get_supported_by (BerMotion *self)
{
  g_return_val_if_fail (BER_IS_MOTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "supported-by");
}

/* Votes */

struct _BerVote
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerVote, ber_vote, BER_TYPE_RECORD)

enum
{
  VOTE_PROP_0,
  VOTE_PROP_AGENDA_ENTRY_ID,
  VOTE_PROP_PERSON_ID,
  VOTE_PROP_CHOICE,
  VOTE_N_PROPS
};

static GParamSpec *vote_properties[VOTE_N_PROPS];

static void
ber_vote_class_init (BerVoteClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "vote";
  record_class->label = "choice";

  vote_properties[VOTE_PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  vote_properties[VOTE_PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  vote_properties[VOTE_PROP_CHOICE] = g_param_spec_string ("choice", NULL, NULL, "yes", FLAGS);

  ber_record_class_install_properties (record_class, VOTE_N_PROPS, vote_properties);
}

static void
ber_vote_init (BerVote *self)
{
}

BerVote *
ber_vote_new (gint64      person_id,
              const char *choice)
{
  return g_object_new (BER_TYPE_VOTE, "person-id", person_id, "choice", choice, NULL);
}

gint64
ber_vote_get_person_id (BerVote *self)
{
  g_return_val_if_fail (BER_IS_VOTE (self), 0);
  return ber_record_get_int64 (BER_RECORD (self), "person-id");
}

const char *
ber_vote_get_choice (BerVote *self)
{
  g_return_val_if_fail (BER_IS_VOTE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "choice");
}
