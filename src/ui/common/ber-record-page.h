/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_RECORD_PAGE (ber_record_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerRecordPage, ber_record_page, BER, RECORD_PAGE, AdwBin)

/*
 * The page of one record: its form is the BerField rows of the subclass's
 * template, loaded from the record and stored back when saved. The base
 * keeps the context and the record, knows whether anything was changed,
 * saves through the subclass's service (settling conflicts with a
 * colleague's changes), and asks before edits are dropped. It installs the
 * actions page.save (Ctrl+S) and page.close (Escape, Alt+Left).
 */
struct _BerRecordPageClass
{
  AdwBinClass parent_class;

  /* Writes @record, its fields stored on it, through the service that owns
   * its rules. The default saves it as it is. */
  gboolean (*save_record) (BerRecordPage  *self,
                           BerRecord      *record,
                           GError        **error);
  /* Shows what is not a field (a title, lists of related records), after
   * the record was loaded or saved. */
  void     (*refresh)     (BerRecordPage  *self);

  gpointer padding[8];
};

/* Deletes @record through the service that owns its rules. */
typedef gboolean (*BerRecordPageDeleteFunc) (BerRecordPage  *self,
                                             BerRecord      *record,
                                             GError        **error);

BerContext *ber_record_page_get_context       (BerRecordPage *self);
void        ber_record_page_set_context       (BerRecordPage *self,
                                               BerContext    *context);
BerRecord  *ber_record_page_get_record        (BerRecordPage *self);
void        ber_record_page_set_record        (BerRecordPage *self,
                                               BerRecord     *record);
gint64      ber_record_page_get_id            (BerRecordPage *self);
gboolean    ber_record_page_get_modified      (BerRecordPage *self);
void        ber_record_page_set_modified      (BerRecordPage *self,
                                               gboolean       modified);
gboolean    ber_record_page_save              (BerRecordPage *self);
void        ber_record_page_close             (BerRecordPage *self);
void        ber_record_page_show_error        (BerRecordPage *self,
                                               const char    *message);
void        ber_record_page_ask_delete        (BerRecordPage *self,
                                               const char    *heading,
                                               const char    *body,
                                               BerRecordPageDeleteFunc delete_record,
                                               const char    *deleted);
void        ber_record_page_set_error_widgets (BerRecordPage *self,
                                               GtkRevealer   *revealer,
                                               GtkLabel      *label);

G_END_DECLS
