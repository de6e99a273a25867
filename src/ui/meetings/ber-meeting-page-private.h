/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-agenda-list.h"
#include "ber-history-section.h"
#include "ber-meeting-page.h"

G_BEGIN_DECLS

struct _BerMeetingPage
{
  AdwBin          parent_instance;

  BerContext     *context;
  gint64          meeting_id;
  BerMeeting     *meeting;
  guint           reload_source;

  BerAgendaList  *agenda;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkWidget      *add_button;
  GtkWidget      *lock_button;
  GtkWidget      *print_button;
  GtkWidget      *decision_button;
  GtkWidget      *minutes_button;
  GtkLabel       *hint_label;
  BerHistorySection *history_section;
};

/* ber-meeting-page-actions.c */
void        ber_meeting_page_install_actions (GtkWidgetClass *widget_class);
void        ber_meeting_page_move_entry      (BerMeetingPage *self,
                                              BerAgendaEntry *entry,
                                              int             delta);

/* ber-meeting-page.c */
const char *ber_meeting_page_get_status      (BerMeetingPage *self);
void        ber_meeting_page_open_item       (BerMeetingPage *self,
                                              gint64          item_id);
void        ber_meeting_page_show_error      (BerMeetingPage *self,
                                              const GError   *error);

G_END_DECLS
