/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-person-page.h"

G_BEGIN_DECLS

/* Shared by ber-person-page.c (the form) and ber-person-page-assignments.c. */
struct _BerPersonPage
{
  BerRecordPage        parent_instance;

  GListModel          *current;
  GListModel          *past;
  gboolean             checking;   /* a save was refused: check at every change */

  /* Template widgets */
  GtkLabel            *title_label;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_title;
  GtkLabel            *error_label;
  GtkWidget           *name_row;
  GtkWidget           *party_row;
  GtkWidget           *email_row;
  GtkWidget           *phone_row;
  AdwPreferencesGroup *current_group;
  AdwPreferencesGroup *past_group;
  GtkListBox          *current_list;
  GtkListBox          *past_list;
};

void       ber_person_page_show_failure             (BerPersonPage *self,
                                                     const char    *title,
                                                     const char    *message);
BerPersons *ber_person_page_get_persons             (BerPersonPage *self);
void       ber_person_page_refresh_assignments      (BerPersonPage *self);
void       ber_person_page_assignment_activated_cb  (BerPersonPage *self,
                                                     GtkListBoxRow *row,
                                                     GtkListBox    *list);
void       ber_person_page_add_assignment_activated (GtkWidget     *widget,
                                                     const char    *action_name,
                                                     GVariant      *parameter);
void       ber_person_page_end_assignment_activated (GtkWidget     *widget,
                                                     const char    *action_name,
                                                     GVariant      *parameter);
/* ber-person-page-privacy.c: the extract and the erasure of personal data. */
void       ber_person_page_export_personal_data_activated (GtkWidget  *widget,
                                                           const char *action_name,
                                                           GVariant   *parameter);
void       ber_person_page_erase_personal_data_activated  (GtkWidget  *widget,
                                                           const char *action_name,
                                                           GVariant   *parameter);

G_END_DECLS
