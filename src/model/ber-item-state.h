/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the next step of an item is. */
typedef enum
{
  BER_ITEM_STEP_NONE,     /* closed: nothing left to do */
  BER_ITEM_STEP_ACTION,   /* the next thing to do */
  BER_ITEM_STEP_WARNING,  /* something stands in the way of a decision in time */
} BerItemStepKind;

/* How the meeting of a BerItemState is the item's. */
typedef enum
{
  BER_ITEM_MEETING_NONE,
  BER_ITEM_MEETING_CAN_DECIDE,  /* the latest planned meeting that can still decide in time */
  BER_ITEM_MEETING_ON_AGENDA,   /* the meeting whose agenda the item is on */
  BER_ITEM_MEETING_DECIDED,     /* the meeting that decided the item */
} BerItemMeetingRole;

#define BER_TYPE_ITEM_STATE (ber_item_state_get_type ())

/*
 * Where an item stands, worked out by the items service
 * (ber_items_get_state()) for the top of its page: its status, its reply
 * date and the days left to it, the next step, and the meeting it is on,
 * was decided at, or the latest one that can still decide it. Read-only;
 * strings are never NULL unless said.
 */
typedef struct
{
  char               *status;             /* a BER_CHOICES_ITEM_STATUS value */
  char               *status_label;       /* "In preparation" */
  char               *status_reason;      /* why it was declined or written off, or "" */

  char               *reply_by;           /* YYYY-MM-DD, or NULL without a reply date */
  int                 days_left;          /* to the reply date, negative when overdue;
                                           * G_MAXINT without a date or once closed */
  gboolean            overdue;            /* still open after its reply date */
  char               *deadline_text;      /* "3 days overdue", "Due today", "12 days left";
                                           * NULL when days_left is G_MAXINT */

  BerItemStepKind     step_kind;
  char               *next_step;          /* "Next step: put the item on the agenda of …" */
  char               *next_step_detail;   /* why, or what follows; "" */

  BerItemMeetingRole  meeting_role;
  gint64              meeting_id;         /* 0 with BER_ITEM_MEETING_NONE */
  char               *meeting_body_name;  /* "Regionstyrelsen", or "" */
  char               *meeting_held_on;    /* YYYY-MM-DD, or "" */
  char               *meeting_label;      /* "RS 2026-05-12", or "" */
} BerItemState;

GType         ber_item_state_get_type (void) G_GNUC_CONST;
BerItemState *ber_item_state_new      (void);
BerItemState *ber_item_state_ref      (BerItemState *self);
void          ber_item_state_unref    (BerItemState *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerItemState, ber_item_state_unref)

G_END_DECLS
