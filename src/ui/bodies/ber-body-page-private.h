/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-body-page.h"

G_BEGIN_DECLS

/* The body page is split along its seams: the page and its fields
 * (ber-body-page.c), its standing points (ber-body-page-points.c) and its
 * routing rules (ber-body-page-rules.c). */
struct _BerBodyPage
{
  BerRecordPage      parent_instance;

  GListModel        *points;          /* BerAgendaTemplatePoint of the body, in agenda order */
  GListModel        *rules;           /* BerRoutingRule of the body */
  gint64             lists_body_id;   /* the body the two lists are of */
  gint64             selected_point;  /* kept selected when the list is read again */
  gboolean           points_had_focus;

  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkScrolledWindow *scrolled;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkWidget         *name_row;
  GtkWidget         *details_box;
  GtkListBox        *points_list;
  GtkWidget         *points_hint;
  GtkListBox        *rules_list;
};

BerBodies *_ber_body_page_get_bodies      (BerBodyPage    *self);
void       _ber_body_page_report          (BerBodyPage    *self,
                                           const GError   *error);

void       _ber_body_page_points_init     (BerBodyPage    *self);
void       _ber_body_page_points_class_init (GtkWidgetClass *widget_class);
void       _ber_body_page_bind_points     (BerBodyPage    *self);

void       _ber_body_page_rules_init      (BerBodyPage    *self);
void       _ber_body_page_rules_class_init (GtkWidgetClass *widget_class);
void       _ber_body_page_bind_rules      (BerBodyPage    *self);

G_END_DECLS
