/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-network-page.h"

G_BEGIN_DECLS

/* Shared by ber-network-page.c (the form) and ber-network-page-details.c. */
struct _BerNetworkPage
{
  BerRecordPage  parent_instance;

  BerContext    *context;         /* whose record-changed is followed */

  GtkLabel      *title_label;
  GtkWidget     *delete_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkWidget     *name_row;
  GtkWidget     *website_row;
  GtkWidget     *details_box;
  GtkListBox    *membership_list;
  GtkListBox    *representatives_list;
  GtkListBox    *bodies_list;
  GtkListBox    *fees_list;
  AdwBin        *questions_bin;
  GtkWidget     *question_links;  /* BerQuestionLinks */
  GtkListBox    *reviews_list;
};

gint64       ber_network_page_get_id            (BerNetworkPage *self);
BerNetworks *ber_network_page_get_networks      (BerNetworkPage *self);
void         ber_network_page_setup_details     (BerNetworkPage *self);
void         ber_network_page_refresh_details   (BerNetworkPage *self);
void         ber_network_page_details_changed   (BerNetworkPage *self,
                                                 GType           type);
void         ber_network_page_clear_details     (BerNetworkPage *self);

G_END_DECLS
