/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A description of a list query: a source (table or view), conditions on its
 * columns, a free-text search and an order. The store turns it into SQL with
 * every column name checked against the source and every value bound.
 */

typedef enum
{
  BER_QUERY_EQ,
  BER_QUERY_NE,
  BER_QUERY_LT,
  BER_QUERY_LE,
  BER_QUERY_GT,
  BER_QUERY_GE,
  BER_QUERY_IS_NULL,
  BER_QUERY_NOT_NULL,
} BerQueryOp;

typedef struct _BerQuery BerQuery;

#define BER_TYPE_QUERY (ber_query_get_type ())

GType       ber_query_get_type          (void) G_GNUC_CONST;
BerQuery   *ber_query_new               (const char  *source);
BerQuery   *ber_query_copy              (const BerQuery *self);
BerQuery   *ber_query_copy_reversed     (const BerQuery *self);
BerQuery   *ber_query_ref               (BerQuery    *self);
void        ber_query_unref             (BerQuery    *self);
const char *ber_query_get_source        (const BerQuery *self);
void        ber_query_add_condition     (BerQuery    *self,
                                         const char  *column,
                                         BerQueryOp   op,
                                         GVariant    *value);
void        ber_query_add_in            (BerQuery    *self,
                                         const char  *column,
                                         const char * const *values);
void        ber_query_clear_conditions  (BerQuery    *self);
void        ber_query_set_search        (BerQuery    *self,
                                         const char  *text,
                                         const char * const *columns);
void        ber_query_add_order         (BerQuery    *self,
                                         const char  *column,
                                         gboolean     descending);
void        ber_query_clear_order       (BerQuery    *self);

/* For the store. */
typedef struct
{
  char       *column;
  BerQueryOp  op;
  GVariant   *value;   /* NULL for IS NULL / NOT NULL */
  GStrv       in;      /* set for an IN (...) condition */
} BerQueryCondition;

typedef struct
{
  char     *column;
  gboolean  descending;
} BerQueryOrder;

const GPtrArray *ber_query_get_conditions     (const BerQuery *self);
const GPtrArray *ber_query_get_orders         (const BerQuery *self);
const char      *ber_query_get_search_text    (const BerQuery *self);
const char * const *ber_query_get_search_columns (const BerQuery *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerQuery, ber_query_unref)

G_END_DECLS
