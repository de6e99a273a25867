/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-person-page.h"
#include "ber-ui-util.h"

G_BEGIN_DECLS

/* Shared by ber-person-page.c (the form) and ber-person-page-assignments.c. */
struct _BerPersonPage
{
  AdwBin               parent_instance;

  BerStore            *store;
  BerPerson           *person;
  GListModel          *current;
  GListModel          *past;
  gboolean             loading;
  gboolean             modified;
  gboolean             validating;

  /* Template widgets */
  GtkLabel            *title_label;
  GtkWidget           *delete_button;
  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_title;
  GtkLabel            *error_label;
  GtkLabel            *validation_label;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *party_row;
  AdwEntryRow         *department_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  GtkTextView         *notes_view;
  AdwPreferencesGroup *current_group;
  AdwPreferencesGroup *past_group;
  GtkWidget           *add_assignment_button;
  GtkListBox          *current_list;
  GtkListBox          *past_list;
};

void       ber_person_page_show_error               (BerPersonPage *self,
                                                     const char    *title,
                                                     const char    *message);
void       ber_person_page_hide_error               (BerPersonPage *self);
void       ber_person_page_setup_assignments        (BerPersonPage *self);
guint      ber_person_page_count_assignments        (BerPersonPage *self);
void       ber_person_page_assignment_activated_cb  (BerPersonPage *self,
                                                     GtkListBoxRow *row,
                                                     GtkListBox    *list);
void       ber_person_page_add_assignment_activated (GtkWidget     *widget,
                                                     const char    *action_name,
                                                     GVariant      *parameter);
void       ber_person_page_end_assignment_activated (GtkWidget     *widget,
                                                     const char    *action_name,
                                                     GVariant      *parameter);

G_END_DECLS
