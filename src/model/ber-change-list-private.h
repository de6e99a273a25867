/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-change-list.h"
#include "ber-changes-private.h"

G_BEGIN_DECLS

/*
 * What the two halves of BerChangeList share: ber-change-list.c (the list,
 * its counts and how it follows the register) and ber-change-list-pages.c
 * (the worker's connection, the works it runs and the pages it reads).
 */

/* The worker's connection and what it reads with, used by one task at a
 * time; it goes with the list and the last task that uses it. */
typedef struct _Reader Reader;

struct _Reader
{
  gatomicrefcount  ref_count;
  GMutex           lock;
  GWeakRef         list;
  BerStore        *store;        /* the worker's own connection */
  BerChangeReader *changes;
  guint            generation;
};

#define MAX_CACHED_PAGES 20

/* The most tables of one record's history: its own and its links. */
#define MAX_TABLES 8

struct _BerChangeList
{
  GObject          parent_instance;

  BerStore        *store;
  char            *user;
  char            *since;      /* UTC bounds of the period, or NULL */
  char            *before;
  char            *table;      /* one record's changes, or NULL for the register's */
  GStrv            tables;
  GStrv            keys;       /* what the entries of each of @tables name, or "" */
  gint64           row_id;

  guint            n_items;
  GHashTable      *pages;      /* page → GPtrArray of BerChange */
  GHashTable      *pending;    /* page → Pending, its placeholders handed out */
  guint            generation; /* changes when the pages read so far are let go */
  guint64          n_requests;
  GCancellable    *counting;
  GCancellable    *paging;
  gboolean         recount;
  gboolean         replace;    /* the count under way is of another query */
  gboolean         loading;
  BerChange       *unrecorded;
  guint            changed_source;

  Reader          *reader;
};

/* The changes of a page handed out as placeholders until it is read. */
typedef struct
{
  guint     page;
  guint     length;
  guint64   request;
  GWeakRef *placeholders;
} Pending;

/* What a worker reads with: its own copy of the query. */
typedef struct
{
  char            *location;    /* of the register, for the worker's connection */
  Reader          *reader;
  char            *user;
  char            *since;
  char            *before;
  GStrv            tables;
  GStrv            keys;
  char            *table;
  gint64           row_id;
  guint            generation;
} Work;

void            _ber_change_list_pending_free     (Pending        *pending);
gboolean        _ber_change_list_pending_is_shown (Pending        *pending);
Reader         *_ber_change_list_reader_new       (BerChangeList  *list);
Reader         *_ber_change_list_reader_ref       (Reader         *reader);
void            _ber_change_list_reader_unref     (Reader         *reader);
BerChangeList  *_ber_change_list_reader_get_list  (Reader         *reader);
Reader         *_ber_change_list_lock_reader      (Work           *work,
                                                   GCancellable   *cancellable,
                                                   GError        **error);
void            _ber_change_list_work_init        (Work           *work,
                                                   BerChangeList  *self);
void            _ber_change_list_work_clear       (Work           *work);
BerHistoryQuery _ber_change_list_work_query       (Work           *work,
                                                   const char    **keys);
void            _ber_change_list_read_next_page   (BerChangeList  *self);
gpointer        _ber_change_list_get_change       (BerChangeList  *self,
                                                   guint           position);
void            _ber_change_list_update_loading   (BerChangeList  *self);
void            _ber_change_list_report_error     (BerChangeList  *self,
                                                   const GError   *error);

G_END_DECLS
