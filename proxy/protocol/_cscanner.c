/* The compiled MessageScanner: proxy/protocol/scanner.py's PythonMessageScanner in C.
 *
 * Same events (the very object fed when it passes whole, slices of it otherwise), the same
 * Message objects (the Python class, made here), the same counters, the same ProtocolViolation
 * messages and the same state after one. scanner.py binds the Message class and the exception
 * with `bind` before it hands this type out; the differential tests hold both versions together.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <string.h>
#include <structmember.h>

/* How a message type is handled, one byte per type; below KIND_INTERESTING a message only passes
 * (and is counted with KIND_COUNT). The values are those of scanner.py. */
#define KIND_COUNT 1
#define KIND_INTERCEPT 2
#define KIND_OBSERVE 4
#define KIND_READY 8
#define KIND_INTERESTING 2
#define READY_TYPE 90 /* 'Z' */
#define QUERY_TYPE 81 /* 'Q' */
#define PARSE_TYPE 80 /* 'P' */
#define PLAIN_TEXTS_KEPT 64 /* scanner.py's PLAIN_TEXTS_KEPT */
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define HEADER_SIZE 5

#ifndef SOURCE_SHA256
#define SOURCE_SHA256 "" /* set by setup.py: the SHA-256 of this file */
#endif

static PyObject *message_class;   /* proxy.protocol.scanner.Message */
static PyObject *violation_class; /* proxy.protocol.messages.ProtocolViolation */
/* Offsets of Message's slots, to fill them without a call of its __init__; -1: call the class. */
static Py_ssize_t slot_type = -1, slot_raw = -1, slot_observed = -1, slot_ready = -1;

typedef struct {
    PyObject_HEAD
    unsigned char kinds[256];
    long long skip; /* bytes of the current pass-through message not yet seen */
    char *held;      /* a partial header, or a partial message of interest */
    Py_ssize_t held_len;
    Py_ssize_t held_cap;
    long long max_size;
    PyObject *max_size_obj;
    Py_ssize_t counted;
    Py_ssize_t ready_count;
    PyObject *intercept;
    PyObject *observe;
    PyObject *count_types;
    PyObject *track_ready;
    PyObject *transaction_status;
    PyObject *plain; /* the needles (a tuple of bytes), or NULL: plain statements are cut out too */
    /* The needles sorted by their first byte, c: words[first[c]:first[c + 1]] (pointing into
     * `plain`), and their lengths. */
    const unsigned char **plain_words;
    Py_ssize_t *plain_lengths;
    int plain_first[257];
    int plain_never; /* an empty needle: no text is plain */
    Py_ssize_t plain_ordinal;
    /* The texts of the last plain statements passed, one per segment: a ring, oldest at
     * plain_next once it is full. */
    Py_ssize_t plain_ordinals[PLAIN_TEXTS_KEPT];
    PyObject *plain_texts[PLAIN_TEXTS_KEPT];
    int plain_next;
} Scanner;

/* -- Helpers ------------------------------------------------------------------------------------ */

static inline unsigned long
read_length(const unsigned char *p)
{
    return ((unsigned long)p[0] << 24) | ((unsigned long)p[1] << 16) | ((unsigned long)p[2] << 8) |
           (unsigned long)p[3];
}

/* data[start:end] as Python slices it: an exact bytes object sliced whole is itself. */
static PyObject *
slice_of(PyObject *data, const unsigned char *buf, Py_ssize_t n, Py_ssize_t start, Py_ssize_t end)
{
    if (end > n) {
        end = n;
    }
    if (PyBytes_CheckExact(data)) {
        if (start == 0 && end == n) {
            Py_INCREF(data);
            return data;
        }
        return PyBytes_FromStringAndSize((const char *)buf + start, end - start);
    }
    return PySequence_GetSlice(data, start, end);
}

/* Append `item` (a new reference, stolen; NULL after an error) to the list *out, made on first
 * use. */
static int
append_event(PyObject **out, PyObject *item)
{
    if (item == NULL) {
        return -1;
    }
    if (*out == NULL) {
        *out = PyList_New(0);
        if (*out == NULL) {
            Py_DECREF(item);
            return -1;
        }
    }
    int failed = PyList_Append(*out, item);
    Py_DECREF(item);
    return failed;
}

/* [item] */
static PyObject *
list_of(PyObject *item)
{
    PyObject *list = PyList_New(1);
    if (list != NULL) {
        Py_INCREF(item);
        PyList_SET_ITEM(list, 0, item);
    }
    return list;
}

static PyObject *
finish_events(PyObject *out)
{
    return out != NULL ? out : PyList_New(0);
}

static int
hold(Scanner *self, const unsigned char *buf, Py_ssize_t len)
{
    if (len <= 0) {
        return 0;
    }
    if (self->held_len + len > self->held_cap) {
        Py_ssize_t cap = self->held_cap ? self->held_cap : 64;
        while (cap < self->held_len + len) {
            cap *= 2;
        }
        char *grown = PyMem_Realloc(self->held, cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        self->held = grown;
        self->held_cap = cap;
    }
    memcpy(self->held + self->held_len, buf, len);
    self->held_len += len;
    return 0;
}

/* Message(type_, raw, observed, ready); steals `raw` (NULL after an error). */
static PyObject *
new_message(int type, PyObject *raw, int observed, Py_ssize_t ready)
{
    if (raw == NULL) {
        return NULL;
    }
    PyObject *type_obj = PyLong_FromLong(type);
    PyObject *ready_obj = PyLong_FromSsize_t(ready);
    PyObject *observed_obj = observed ? Py_True : Py_False;
    PyObject *message = NULL;
    if (type_obj == NULL || ready_obj == NULL) {
        goto done;
    }
    if (slot_type >= 0) {
        PyTypeObject *tp = (PyTypeObject *)message_class;
        message = tp->tp_alloc(tp, 0);
        if (message == NULL) {
            goto done;
        }
        char *base = (char *)message;
        Py_INCREF(observed_obj);
        *(PyObject **)(base + slot_type) = type_obj;
        *(PyObject **)(base + slot_raw) = raw;
        *(PyObject **)(base + slot_observed) = observed_obj;
        *(PyObject **)(base + slot_ready) = ready_obj;
        return message;
    }
    PyObject *args[4] = {type_obj, raw, observed_obj, ready_obj};
    message = PyObject_Vectorcall(message_class, args, 4, NULL);
done:
    Py_XDECREF(type_obj);
    Py_XDECREF(ready_obj);
    Py_DECREF(raw);
    return message;
}

/* The type of the last message that starts in `buf` (whole messages from its start); how many of
 * those messages count goes to *counted. */
static int
headers(const unsigned char *buf, Py_ssize_t n, const unsigned char *kinds, Py_ssize_t *counted)
{
    long long pos = 0; /* wide enough for any length word, whatever the platform */
    int last = 0;
    *counted = 0;
    while (pos + HEADER_SIZE <= n) {
        last = buf[pos];
        *counted += kinds[last] & KIND_COUNT;
        pos += 1 + (long long)read_length(buf + pos + 1);
    }
    return last;
}

/* headers() of any object with the buffer protocol; -1 after an error. */
static int
headers_of(PyObject *data, const unsigned char *kinds, int *type, Py_ssize_t *counted)
{
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    *type = headers(view.buf, view.len, kinds, counted);
    PyBuffer_Release(&view);
    return 0;
}

/* -- Plain statements --------------------------------------------------------------------------- */

/* 1 when `text` is ASCII and, letter case aside, holds none of the scanner's needles; else 0.
 * One pass: at each byte, only the needles that start with it are compared. */
static int
plain_text_of(Scanner *self, const unsigned char *text, Py_ssize_t len)
{
    const unsigned char *const *words = self->plain_words;
    const Py_ssize_t *lengths = self->plain_lengths;
    const int *first = self->plain_first;
    if (self->plain_never) {
        return 0;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        unsigned char c = text[i];
        if (c >= 0x80) {
            return 0;
        }
        c = LOWER(c);
        for (int k = first[c]; k < first[c + 1]; k++) {
            const unsigned char *word = words[k];
            Py_ssize_t word_len = lengths[k];
            if (word_len > len - i) {
                continue;
            }
            Py_ssize_t j = 1;
            while (j < word_len && LOWER(text[i + j]) == word[j]) {
                j++;
            }
            if (j == word_len) {
                return 0;
            }
        }
    }
    return 1;
}

/* scanner.py's plain_text for the message msg[0:len]: 1 when plain (its text at *text, *text_len
 * bytes), else 0. */
static int
plain_statement(Scanner *self, const unsigned char *msg, Py_ssize_t len, int type,
                const unsigned char **text, Py_ssize_t *text_len)
{
    const unsigned char *body = msg + HEADER_SIZE;
    Py_ssize_t body_len = len - HEADER_SIZE;
    if (body_len < 1) {
        return 0;
    }
    if (type == QUERY_TYPE) {
        if (memchr(body, 0, body_len) != body + body_len - 1) {
            return 0;
        }
        *text = body;
        *text_len = body_len - 1;
    }
    else {
        if (body[0] != 0) {
            return 0; /* a named statement (or a malformed message) */
        }
        const unsigned char *nul = memchr(body + 1, 0, body_len - 1);
        if (nul == NULL) {
            return 0;
        }
        Py_ssize_t text_end = nul - body;
        if (body_len < text_end + 3) {
            return 0;
        }
        int count = (short)((body[text_end + 1] << 8) | body[text_end + 2]);
        if (count < 0 || body_len != text_end + 3 + 4 * (Py_ssize_t)count) {
            return 0;
        }
        *text = body + 1;
        *text_len = text_end - 1;
    }
    return plain_text_of(self, *text, *text_len);
}

/* Keep the text of a plain statement of segment `ordinal` if it is the segment's first. */
static int
passed_plain(Scanner *self, Py_ssize_t ordinal, const unsigned char *text, Py_ssize_t len)
{
    if (self->plain_ordinal == ordinal) {
        return 0;
    }
    PyObject *kept = PyBytes_FromStringAndSize((const char *)text, len);
    if (kept == NULL) {
        return -1;
    }
    self->plain_ordinal = ordinal;
    int slot = self->plain_next;
    Py_XSETREF(self->plain_texts[slot], kept);
    self->plain_ordinals[slot] = ordinal;
    self->plain_next = (slot + 1) % PLAIN_TEXTS_KEPT;
    return 0;
}

static void
forget_plain_texts(Scanner *self)
{
    for (int i = 0; i < PLAIN_TEXTS_KEPT; i++) {
        Py_CLEAR(self->plain_texts[i]);
    }
    self->plain_next = 0;
}

/* -- Classification ----------------------------------------------------------------------------- */

enum { MARK_COUNT, MARK_OBSERVE, MARK_INTERCEPT };

/* The index `item` names in a list of 256, as kinds[item] would take it. */
static Py_ssize_t
kind_index(PyObject *item)
{
    if (!PyIndex_Check(item)) {
        PyErr_Format(PyExc_TypeError, "list indices must be integers or slices, not %.200s",
                     Py_TYPE(item)->tp_name);
        return -1;
    }
    Py_ssize_t index = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (index == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (index < 0) {
        index += 256;
    }
    if (index < 0 || index >= 256) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return -1;
    }
    return index;
}

static int
mark(unsigned char *kinds, PyObject *types, int how)
{
    PyObject *iterator = PyObject_GetIter(types);
    if (iterator == NULL) {
        return -1;
    }
    PyObject *item;
    while ((item = PyIter_Next(iterator)) != NULL) {
        Py_ssize_t index = kind_index(item);
        Py_DECREF(item);
        if (index < 0) {
            Py_DECREF(iterator);
            return -1;
        }
        if (how == MARK_COUNT) {
            kinds[index] |= KIND_COUNT;
        }
        else if (how == MARK_OBSERVE) {
            kinds[index] = (kinds[index] & ~KIND_READY) | KIND_OBSERVE;
        }
        else {
            kinds[index] = (kinds[index] & ~(KIND_READY | KIND_OBSERVE)) | KIND_INTERCEPT;
        }
    }
    Py_DECREF(iterator);
    return PyErr_Occurred() ? -1 : 0;
}

static int
classify(Scanner *self)
{
    unsigned char kinds[256] = {0};
    static const char *names[] = {"count_types", "track_ready", "_observe", "_intercept"};
    PyObject *values[] = {self->count_types, self->track_ready, self->observe, self->intercept};
    for (int i = 0; i < 4; i++) {
        if (values[i] == NULL) {
            PyErr_Format(PyExc_AttributeError,
                         "'MessageScanner' object has no attribute '%s'", names[i]);
            return -1;
        }
    }
    if (mark(kinds, self->count_types, MARK_COUNT) < 0) {
        return -1;
    }
    int ready = PyObject_IsTrue(self->track_ready);
    if (ready < 0) {
        return -1;
    }
    if (ready) {
        kinds[READY_TYPE] |= KIND_READY;
    }
    if (mark(kinds, self->observe, MARK_OBSERVE) < 0 ||
        mark(kinds, self->intercept, MARK_INTERCEPT) < 0) {
        return -1;
    }
    memcpy(self->kinds, kinds, sizeof kinds);
    return 0;
}

/* -- The scanner -------------------------------------------------------------------------------- */

static int
Scanner_init(Scanner *self, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"intercept", "observe", "count_types", "max_size", "track_ready",
                               NULL};
    PyObject *intercept = NULL, *observe = NULL, *count_types = NULL, *max_size = NULL;
    PyObject *track_ready = Py_False;
    if (message_class == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "bind the Message class and the violation first");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOO:MessageScanner", keywords, &intercept,
                                     &observe, &count_types, &max_size, &track_ready)) {
        return -1;
    }
    PyObject *empty = NULL;
    if (intercept == NULL || observe == NULL || count_types == NULL) {
        empty = PyFrozenSet_New(NULL);
        if (empty == NULL) {
            return -1;
        }
    }
    long long max_size_value = 1LL << 30;
    PyObject *max_size_obj;
    if (max_size == NULL) {
        max_size_obj = PyLong_FromLongLong(max_size_value);
        if (max_size_obj == NULL) {
            Py_XDECREF(empty);
            return -1;
        }
    }
    else {
        int overflow;
        max_size_value = PyLong_AsLongLongAndOverflow(max_size, &overflow);
        if (max_size_value == -1 && PyErr_Occurred()) {
            Py_XDECREF(empty);
            return -1;
        }
        if (overflow) {
            max_size_value = overflow > 0 ? LLONG_MAX : LLONG_MIN;
        }
        Py_INCREF(max_size);
        max_size_obj = max_size;
    }
    Py_XSETREF(self->max_size_obj, max_size_obj);
    self->max_size = max_size_value;
    Py_XSETREF(self->intercept, Py_NewRef(intercept ? intercept : empty));
    Py_XSETREF(self->observe, Py_NewRef(observe ? observe : empty));
    Py_XSETREF(self->count_types, Py_NewRef(count_types ? count_types : empty));
    Py_XSETREF(self->track_ready, Py_NewRef(track_ready));
    Py_XDECREF(empty);
    self->skip = 0;
    self->held_len = 0;
    self->counted = 0;
    self->ready_count = 0;
    PyObject *idle = PyBytes_FromStringAndSize("I", 1);
    if (idle == NULL) {
        return -1;
    }
    Py_XSETREF(self->transaction_status, idle);
    memset(self->kinds, 0, sizeof self->kinds);
    Py_CLEAR(self->plain);
    forget_plain_texts(self);
    self->plain_ordinal = -1;
    return classify(self);
}

static int
Scanner_traverse(Scanner *self, visitproc visit, void *arg)
{
    Py_VISIT(self->max_size_obj);
    Py_VISIT(self->intercept);
    Py_VISIT(self->observe);
    Py_VISIT(self->count_types);
    Py_VISIT(self->track_ready);
    Py_VISIT(self->transaction_status);
    Py_VISIT(self->plain);
    return 0;
}

static int
Scanner_clear(Scanner *self)
{
    Py_CLEAR(self->max_size_obj);
    Py_CLEAR(self->intercept);
    Py_CLEAR(self->observe);
    Py_CLEAR(self->count_types);
    Py_CLEAR(self->track_ready);
    Py_CLEAR(self->transaction_status);
    Py_CLEAR(self->plain);
    forget_plain_texts(self);
    return 0;
}

static void
Scanner_dealloc(Scanner *self)
{
    PyObject_GC_UnTrack(self);
    Scanner_clear(self);
    PyMem_Free(self->held);
    PyMem_Free(self->plain_words);
    PyMem_Free(self->plain_lengths);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Replace one of the scanner's type sets (*field) and classify the types again. */
static PyObject *
set_types(Scanner *self, PyObject **field, PyObject *types)
{
    Py_INCREF(types);
    Py_XSETREF(*field, types);
    if (classify(self) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
Scanner_set_intercept(Scanner *self, PyObject *intercept)
{
    return set_types(self, &self->intercept, intercept);
}

static PyObject *
Scanner_set_observe(Scanner *self, PyObject *observe)
{
    return set_types(self, &self->observe, observe);
}

static PyObject *
Scanner_set_plain(Scanner *self, PyObject *needles)
{
    if (needles == Py_None) {
        Py_CLEAR(self->plain);
        Py_RETURN_NONE;
    }
    PyObject *items = PySequence_Fast(needles, "set_plain: needles must be a sequence of bytes");
    if (items == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(items);
    PyObject *kept = PyList_New(0);
    if (kept == NULL) {
        Py_DECREF(items);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *needle = PySequence_Fast_GET_ITEM(items, i);
        if (!PyBytes_Check(needle)) {
            PyErr_SetString(PyExc_TypeError, "set_plain: needles must be bytes");
            goto error;
        }
        const unsigned char *bytes = (const unsigned char *)PyBytes_AS_STRING(needle);
        int usable = 1; /* lower-case ASCII: the only kind lower-cased ASCII text can hold */
        for (Py_ssize_t j = 0; j < PyBytes_GET_SIZE(needle); j++) {
            if (bytes[j] >= 0x80 || (bytes[j] >= 'A' && bytes[j] <= 'Z')) {
                usable = 0;
                break;
            }
        }
        if (usable) {
            PyObject *copy = PyBytes_FromStringAndSize((const char *)bytes, PyBytes_GET_SIZE(needle));
            if (copy == NULL || PyList_Append(kept, copy) < 0) {
                Py_XDECREF(copy);
                goto error;
            }
            Py_DECREF(copy);
        }
    }
    Py_DECREF(items);
    PyObject *tuple = PyList_AsTuple(kept);
    Py_DECREF(kept);
    if (tuple == NULL) {
        return NULL;
    }
    Py_ssize_t needle_count = PyTuple_GET_SIZE(tuple);
    if (needle_count > INT_MAX / 2) {
        Py_DECREF(tuple);
        PyErr_SetString(PyExc_OverflowError, "set_plain: too many needles");
        return NULL;
    }
    const unsigned char **words = PyMem_Malloc(sizeof *words * (needle_count + 1));
    Py_ssize_t *lengths = PyMem_Malloc(sizeof *lengths * (needle_count + 1));
    if (words == NULL || lengths == NULL) {
        PyMem_Free(words);
        PyMem_Free(lengths);
        Py_DECREF(tuple);
        return PyErr_NoMemory();
    }
    /* A counting sort by first byte: count, sum up, then place each needle in its range. */
    int *first = self->plain_first;
    int next[256];
    memset(first, 0, sizeof self->plain_first);
    self->plain_never = 0;
    for (Py_ssize_t i = 0; i < needle_count; i++) {
        PyObject *needle = PyTuple_GET_ITEM(tuple, i);
        if (PyBytes_GET_SIZE(needle) == 0) {
            self->plain_never = 1;
        }
        else {
            first[(unsigned char)PyBytes_AS_STRING(needle)[0] + 1]++;
        }
    }
    for (int c = 0; c < 256; c++) {
        first[c + 1] += first[c];
        next[c] = first[c];
    }
    for (Py_ssize_t i = 0; i < needle_count; i++) {
        PyObject *needle = PyTuple_GET_ITEM(tuple, i);
        if (PyBytes_GET_SIZE(needle) > 0) {
            int slot = next[(unsigned char)PyBytes_AS_STRING(needle)[0]]++;
            words[slot] = (const unsigned char *)PyBytes_AS_STRING(needle);
            lengths[slot] = PyBytes_GET_SIZE(needle);
        }
    }
    PyMem_Free(self->plain_words);
    PyMem_Free(self->plain_lengths);
    self->plain_words = words;
    self->plain_lengths = lengths;
    Py_XSETREF(self->plain, tuple);
    Py_RETURN_NONE;
error:
    Py_DECREF(items);
    Py_DECREF(kept);
    return NULL;
}

static PyObject *
Scanner_plain_text(Scanner *self, PyObject *ordinal_obj)
{
    Py_ssize_t ordinal = PyNumber_AsSsize_t(ordinal_obj, PyExc_OverflowError);
    if (ordinal == -1 && PyErr_Occurred()) {
        return NULL;
    }
    for (int i = 0; i < PLAIN_TEXTS_KEPT; i++) {
        int slot = (self->plain_next + i) % PLAIN_TEXTS_KEPT; /* oldest first */
        if (self->plain_texts[slot] != NULL && self->plain_ordinals[slot] == ordinal) {
            return Py_NewRef(self->plain_texts[slot]);
        }
    }
    Py_RETURN_NONE;
}

/* The scan of `data` (a new bytes object made of held bytes and new ones, or what was fed),
 * from `pos`; `counted` is the count so far. */
static PyObject *
scan(Scanner *self, PyObject *data, const unsigned char *buf, Py_ssize_t n, Py_ssize_t pos)
{
    const unsigned char *kinds = self->kinds;
    const long long max_size = self->max_size;
    Py_ssize_t counted = self->counted;
    Py_ssize_t start = 0;
    Py_ssize_t last = n - HEADER_SIZE; /* the last position where a whole header fits */
    PyObject *out = NULL;
    while (pos <= last) {
        int type = buf[pos];
        unsigned long length = read_length(buf + pos + 1);
        int kind = kinds[type];
        long long end = (long long)pos + 1 + (long long)length; /* may lie beyond the data */
        if (kind < KIND_INTERESTING && length >= 4 && (long long)length <= max_size) {
            /* The hot path: a message that only passes (perhaps counted). */
            counted += kind;
            if (end > n) {
                self->skip = end - n;
                self->counted = counted;
                if (start == 0) {
                    return list_of(data);
                }
                if (append_event(&out, slice_of(data, buf, n, start, n)) < 0) {
                    Py_XDECREF(out);
                    return NULL;
                }
                return out;
            }
            pos = (Py_ssize_t)end;
            continue;
        }
        if (length < 4) {
            self->counted = counted;
            Py_XDECREF(out);
            PyErr_Format(violation_class, "invalid message length %lu", length);
            return NULL;
        }
        if ((long long)length > max_size) {
            self->counted = counted;
            Py_XDECREF(out);
            PyErr_Format(violation_class, "message of %lu bytes exceeds the limit of %S bytes",
                         length, self->max_size_obj);
            return NULL;
        }
        if (end > n) {
            /* Held back until complete; scanned (and counted) again then. */
            if (start < pos && append_event(&out, slice_of(data, buf, n, start, pos)) < 0) {
                goto error;
            }
            if (hold(self, buf + pos, n - pos) < 0) {
                goto error;
            }
            self->counted = counted;
            return finish_events(out);
        }
        counted += kind & KIND_COUNT;
        if (kind & KIND_READY) {
            PyObject *status = slice_of(data, buf, n, pos + 5, pos + 6);
            if (status == NULL) {
                goto error;
            }
            self->ready_count += 1;
            Py_SETREF(self->transaction_status, status);
        }
        else if (kind & KIND_INTERCEPT) {
            if (self->plain != NULL && (type == QUERY_TYPE || type == PARSE_TYPE)) {
                const unsigned char *text;
                Py_ssize_t text_len;
                int plain =
                    plain_statement(self, buf + pos, (Py_ssize_t)end - pos, type, &text, &text_len);
                if (plain && passed_plain(self, counted - (kind & KIND_COUNT), text, text_len) < 0) {
                    goto error;
                }
                if (plain) {
                    pos = (Py_ssize_t)end;
                    continue;
                }
            }
            if (start < pos && append_event(&out, slice_of(data, buf, n, start, pos)) < 0) {
                goto error;
            }
            PyObject *raw = slice_of(data, buf, n, pos, (Py_ssize_t)end);
            if (append_event(&out, new_message(type, raw, 0, self->ready_count)) < 0) {
                goto error;
            }
            start = (Py_ssize_t)end;
        }
        else {
            PyObject *before;
            if (start || end != n) {
                before = slice_of(data, buf, n, start, (Py_ssize_t)end);
            }
            else {
                Py_INCREF(data);
                before = data;
            }
            if (append_event(&out, before) < 0) {
                goto error;
            }
            PyObject *raw = slice_of(data, buf, n, pos, (Py_ssize_t)end);
            if (append_event(&out, new_message(type, raw, 1, self->ready_count)) < 0) {
                goto error;
            }
            start = (Py_ssize_t)end;
        }
        pos = (Py_ssize_t)end;
    }
    self->counted = counted;
    if (pos < n) {
        /* A partial header: what came before it goes on, the rest waits. */
        if (start < pos && append_event(&out, slice_of(data, buf, n, start, pos)) < 0) {
            Py_XDECREF(out);
            return NULL;
        }
        if (hold(self, buf + pos, n - pos) < 0) {
            Py_XDECREF(out);
            return NULL;
        }
        return finish_events(out);
    }
    if (start < n) {
        PyObject *rest;
        if (start == 0) {
            Py_INCREF(data);
            rest = data;
        }
        else {
            rest = slice_of(data, buf, n, start, n);
        }
        if (append_event(&out, rest) < 0) {
            Py_XDECREF(out);
            return NULL;
        }
    }
    return finish_events(out);

error:
    self->counted = counted;
    Py_XDECREF(out);
    return NULL;
}

static PyObject *
Scanner_feed(Scanner *self, PyObject *data)
{
    Py_buffer view;
    int viewing = 0;
    const unsigned char *buf;
    Py_ssize_t n;
    if (PyBytes_CheckExact(data)) {
        buf = (const unsigned char *)PyBytes_AS_STRING(data);
        n = PyBytes_GET_SIZE(data);
    }
    else {
        if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) {
            return NULL;
        }
        viewing = 1;
        buf = view.buf;
        n = view.len;
    }
    long long skip = self->skip;
    if (skip >= n) {
        self->skip = skip - n;
        if (viewing) {
            PyBuffer_Release(&view);
        }
        return n ? list_of(data) : PyList_New(0);
    }
    PyObject *joined = NULL;
    if (self->held_len) {
        joined = PyBytes_FromStringAndSize(NULL, self->held_len + n);
        if (joined == NULL) {
            if (viewing) {
                PyBuffer_Release(&view);
            }
            return NULL;
        }
        memcpy(PyBytes_AS_STRING(joined), self->held, self->held_len);
        memcpy(PyBytes_AS_STRING(joined) + self->held_len, buf, n);
        self->held_len = 0;
        if (viewing) {
            PyBuffer_Release(&view);
            viewing = 0;
        }
        data = joined;
        buf = (const unsigned char *)PyBytes_AS_STRING(joined);
        n = PyBytes_GET_SIZE(joined);
    }
    self->skip = 0;
    PyObject *events = scan(self, data, buf, n, (Py_ssize_t)skip); /* skip < n here */
    if (viewing) {
        PyBuffer_Release(&view);
    }
    Py_XDECREF(joined);
    return events;
}

static PyObject *
Scanner_rescan(Scanner *self, PyObject *pending)
{
    unsigned char kinds[256];
    memcpy(kinds, self->kinds, sizeof kinds);
    PyObject *held = PyBytes_FromStringAndSize(self->held, self->held_len);
    if (held == NULL) {
        return NULL;
    }
    Py_ssize_t counted = self->counted;
    int type;
    Py_ssize_t counted_in_pending;
    if (headers_of(pending, kinds, &type, &counted_in_pending) < 0) {
        Py_DECREF(held);
        return NULL;
    }
    /* Messages are counted again as they are scanned: from the count before the first. */
    Py_ssize_t counted_before = counted - counted_in_pending;
    if (self->skip) {
        /* The stream stops inside a message that was counted when its header went by. */
        counted -= kinds[type] & KIND_COUNT;
    }
    self->held_len = 0;
    self->skip = 0;
    self->counted = counted_before;
    PyObject *joined = PyNumber_Add(pending, held);
    Py_DECREF(held);
    if (joined == NULL) {
        return NULL;
    }
    PyObject *events = Scanner_feed(self, joined);
    if (events != NULL && self->skip) {
        Py_ssize_t ignored;
        if (headers_of(joined, kinds, &type, &ignored) < 0) {
            Py_CLEAR(events);
        }
        else {
            counted += kinds[type] & KIND_COUNT;
        }
    }
    Py_DECREF(joined);
    if (events != NULL) {
        self->counted = counted;
    }
    return events;
}

static PyObject *
Scanner_get_mid_message(Scanner *self, void *closure)
{
    return PyBool_FromLong(self->skip > 0 || self->held_len > 0);
}

static PyObject *
Scanner_get_held(Scanner *self, void *closure)
{
    return PyByteArray_FromStringAndSize(self->held, self->held_len);
}

static PyObject *
Scanner_get_skip(Scanner *self, void *closure)
{
    return PyLong_FromLongLong(self->skip);
}

static PyMethodDef Scanner_methods[] = {
    {"feed", (PyCFunction)Scanner_feed, METH_O,
     "Scan newly arrived bytes; return, in order, what to forward and the messages of interest."},
    {"rescan", (PyCFunction)Scanner_rescan, METH_O,
     "Scan again, with the current settings, what `feed` returned but nobody acted upon yet."},
    {"set_intercept", (PyCFunction)Scanner_set_intercept, METH_O,
     "Change which message types are cut out of the stream from the next message on."},
    {"set_observe", (PyCFunction)Scanner_set_observe, METH_O,
     "Change which message types are reported (and still forwarded) from the next one on."},
    {"set_plain", (PyCFunction)Scanner_set_plain, METH_O,
     "Let plain Query and unnamed Parse messages pass, from the next message on, though their "
     "type is intercepted (None: cut them out like the others)."},
    {"plain_text", (PyCFunction)Scanner_plain_text, METH_O,
     "The text of the first plain statement passed in segment `ordinal`, if it is among the "
     "last kept."},
    {NULL},
};

static PyMemberDef Scanner_members[] = {
    {"count_types", T_OBJECT_EX, offsetof(Scanner, count_types), 0, NULL},
    {"track_ready", T_OBJECT_EX, offsetof(Scanner, track_ready), 0, NULL},
    {"transaction_status", T_OBJECT_EX, offsetof(Scanner, transaction_status), 0, NULL},
    {"counted", T_PYSSIZET, offsetof(Scanner, counted), 0, NULL},
    {"ready_count", T_PYSSIZET, offsetof(Scanner, ready_count), 0, NULL},
    {"plain_ordinal", T_PYSSIZET, offsetof(Scanner, plain_ordinal), 0, NULL},
    {"_intercept", T_OBJECT_EX, offsetof(Scanner, intercept), READONLY, NULL},
    {"_observe", T_OBJECT_EX, offsetof(Scanner, observe), READONLY, NULL},
    {"_max_size", T_OBJECT_EX, offsetof(Scanner, max_size_obj), READONLY, NULL},
    {NULL},
};

static PyGetSetDef Scanner_getset[] = {
    {"mid_message", (getter)Scanner_get_mid_message, NULL,
     "True when the stream stopped inside a message (nothing can be injected safely).", NULL},
    {"_held", (getter)Scanner_get_held, NULL, "A copy of the bytes held back.", NULL},
    {"_skip", (getter)Scanner_get_skip, NULL,
     "Bytes of the current pass-through message not yet seen.", NULL},
    {NULL},
};

static PyTypeObject ScannerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "proxy.protocol._cscanner.MessageScanner",
    .tp_doc = "Splits a byte stream of typed messages into pass-through bytes and messages of "
              "interest (compiled).",
    .tp_basicsize = sizeof(Scanner),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Scanner_init,
    .tp_dealloc = (destructor)Scanner_dealloc,
    .tp_traverse = (traverseproc)Scanner_traverse,
    .tp_clear = (inquiry)Scanner_clear,
    .tp_methods = Scanner_methods,
    .tp_members = Scanner_members,
    .tp_getset = Scanner_getset,
};

/* -- The module --------------------------------------------------------------------------------- */

/* The offset of slot `name` of `type`, or -1 when it is not a plain object slot of that class. */
static Py_ssize_t
slot_offset(PyTypeObject *type, const char *name)
{
    PyObject *descriptor = PyDict_GetItemString(type->tp_dict, name);
    if (descriptor == NULL || !Py_IS_TYPE(descriptor, &PyMemberDescr_Type)) {
        return -1;
    }
    PyMemberDescrObject *member = (PyMemberDescrObject *)descriptor;
    if (member->d_common.d_type != type || member->d_member->type != T_OBJECT_EX ||
        (member->d_member->flags & READONLY)) {
        return -1;
    }
    return member->d_member->offset;
}

static PyObject *
bind(PyObject *module, PyObject *args)
{
    PyObject *message, *violation;
    if (!PyArg_ParseTuple(args, "O!O!:bind", &PyType_Type, &message, &PyType_Type, &violation)) {
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)violation, (PyTypeObject *)PyExc_Exception)) {
        PyErr_SetString(PyExc_TypeError, "bind: the violation must be an exception class");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)message;
    Py_ssize_t offsets[4] = {slot_offset(type, "type"), slot_offset(type, "raw"),
                             slot_offset(type, "observed"), slot_offset(type, "ready")};
    int direct = type->tp_itemsize == 0 && type->tp_alloc != NULL;
    for (int i = 0; i < 4; i++) {
        direct = direct && offsets[i] >= 0;
    }
    Py_INCREF(message);
    Py_XSETREF(message_class, message);
    Py_INCREF(violation);
    Py_XSETREF(violation_class, violation);
    slot_type = direct ? offsets[0] : -1;
    slot_raw = direct ? offsets[1] : -1;
    slot_observed = direct ? offsets[2] : -1;
    slot_ready = direct ? offsets[3] : -1;
    return PyBool_FromLong(direct);
}

static PyMethodDef module_methods[] = {
    {"bind", bind, METH_VARARGS,
     "bind(message_class, violation_class): the classes the scanner makes and raises. True when "
     "messages are made by filling the class's slots (its __init__ only stores its arguments)."},
    {NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "proxy.protocol._cscanner",
    .m_doc = "The compiled MessageScanner of proxy.protocol.scanner.",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__cscanner(void)
{
    if (PyType_Ready(&ScannerType) < 0) {
        return NULL;
    }
    PyObject *module = PyModule_Create(&module_def);
    if (module == NULL) {
        return NULL;
    }
    if (PyModule_AddStringConstant(module, "SOURCE_SHA256", SOURCE_SHA256) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    Py_INCREF(&ScannerType);
    if (PyModule_AddObject(module, "MessageScanner", (PyObject *)&ScannerType) < 0) {
        Py_DECREF(&ScannerType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
