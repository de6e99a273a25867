/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_FIELD (ber_field_get_type ())

G_DECLARE_INTERFACE (BerField, ber_field, BER, FIELD, GtkWidget)

/*
 * A form row bound to one property of a record by its "key" (the
 * property's name, e.g. "next-review-on"). A page or dialog loads all its
 * fields from a record and stores them back with ber_fields_load() and
 * ber_fields_store(); a new field on a record is one row in a .ui file.
 */
struct _BerFieldInterface
{
  GTypeInterface parent_iface;

  void     (*load)        (BerField    *self,
                           BerRecord   *record);
  gboolean (*store)       (BerField    *self,
                           BerRecord   *record,
                           GError     **error);
  void     (*set_context) (BerField    *self,
                           BerContext  *context);
};

const char *ber_field_get_key       (BerField     *self);
void        ber_field_load          (BerField     *self,
                                     BerRecord    *record);
gboolean    ber_field_store         (BerField     *self,
                                     BerRecord    *record,
                                     GError      **error);
void        ber_field_changed       (BerField     *self);
void        ber_field_set_invalid   (BerField     *self,
                                     gboolean      invalid);

void        ber_fields_set_context  (GtkWidget    *root,
                                     BerContext   *context);
void        ber_fields_load         (GtkWidget    *root,
                                     BerRecord    *record);
gboolean    ber_fields_store        (GtkWidget    *root,
                                     BerRecord    *record,
                                     GtkWidget   **invalid,
                                     GError      **error);
GtkWidget  *ber_fields_find         (GtkWidget    *root,
                                     const char   *key);
void        ber_fields_mark         (GtkWidget    *root,
                                     const char   *key);
void        ber_fields_connect      (GtkWidget    *root,
                                     GCallback     changed,
                                     gpointer      user_data);

/* For implementations */
const char *ber_field_title         (BerField     *self);
gboolean    ber_field_refuse        (BerField     *self,
                                     GError      **error,
                                     const char   *message);

G_END_DECLS
