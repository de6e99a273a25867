/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_NARROW_LIST (ber_narrow_list_get_type ())

G_DECLARE_FINAL_TYPE (BerNarrowList, ber_narrow_list, BER, NARROW_LIST, AdwBin)

/*
 * A list for narrow windows: each item as a row with its title, a subtitle
 * made of the fields a table shows in columns, and a short state at the end.
 * It emits ::activate with the position of a row activated by Return or a
 * click.
 *
 * ber_narrow_list_replace() puts it in the place of a column view: the two
 * show the same selection model, the rows when the place is narrower than
 * a width and the columns when it is wider (an AdwBreakpoint with
 * libadwaita 1.4, a BerAdaptiveBin before); ber_narrow_list_fold_columns()
 * hides the columns that matter less as the columns get too many for it.
 */

/* What a row shows of its item; the list frees the strings. */
typedef struct
{
  char       *title;
  char       *subtitle;
  char       *suffix;        /* a short state at the row's end, or NULL */
  const char *suffix_class;  /* its style class: "error", "warning", "success" or NULL */
  char       *suffix_words;  /* what its colour says, for a tooltip and a screen reader */
} BerNarrowRow;

/* Fills @row from @item; @item is never NULL. */
typedef void (*BerNarrowRowFunc) (gpointer      item,
                                  BerNarrowRow *row,
                                  gpointer      user_data);

/* Makes a widget for the end of each row, as buttons for its item. */
typedef GtkWidget *(*BerNarrowSuffixSetup) (gpointer user_data);
/* Shows @item in the widget made for a row. */
typedef void (*BerNarrowSuffixBind) (GtkWidget *suffix,
                                     gpointer   item,
                                     gpointer   user_data);

GtkWidget         *ber_narrow_list_new           (void);
void               ber_narrow_list_replace       (BerNarrowList     *self,
                                                  GtkColumnView     *columns,
                                                  int                below);
void               ber_narrow_list_fold_columns  (BerNarrowList       *self,
                                                  GtkColumnViewColumn *first,
                                                  ...) G_GNUC_NULL_TERMINATED;
void               ber_narrow_list_fold_columnsv (BerNarrowList        *self,
                                                  GtkColumnViewColumn **columns);
gboolean           ber_narrow_list_get_shown     (BerNarrowList     *self);
void               ber_narrow_list_set_model     (BerNarrowList     *self,
                                                  GtkSelectionModel *model);
GtkSelectionModel *ber_narrow_list_get_model     (BerNarrowList     *self);
void               ber_narrow_list_set_row_func  (BerNarrowList     *self,
                                                  BerNarrowRowFunc   func,
                                                  gpointer           user_data,
                                                  GDestroyNotify     destroy);
void               ber_narrow_list_set_suffix    (BerNarrowList        *self,
                                                  BerNarrowSuffixSetup  setup,
                                                  BerNarrowSuffixBind   bind,
                                                  gpointer              user_data);
void               ber_narrow_list_update        (BerNarrowList     *self);
GtkWidget         *ber_narrow_list_get_list_view (BerNarrowList     *self);

/* Joins the texts of @parts that are neither NULL nor empty with " · ". */
char              *ber_narrow_join               (const char *const *parts,
                                                  gsize              n_parts);
#define BER_NARROW_JOIN(...)                                               \
  ber_narrow_join ((const char *[]) { __VA_ARGS__ },                       \
                   sizeof ((const char *[]) { __VA_ARGS__ }) / sizeof (const char *))

G_END_DECLS
