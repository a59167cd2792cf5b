// A light wasi:http/proxy guest: answers every request with 200 "hello, world\n"
// (text/plain, x-guest: c). The guest of the tests' and the peers benchmark's
// light-guest cases: nearly all of a call's time is the host's.
// Built by scripts/http-guest.sh against bindings from wit-bindgen (proxy.h).
#include <string.h>

#include "proxy.h"

static const char BODY[] = "hello, world\n";

static void header(wasi_http_types_borrow_fields_t fields, const char *name, const char *value) {
  wasi_http_types_field_name_t key;
  proxy_string_set(&key, name);
  wasi_http_types_field_value_t val = {(uint8_t *)value, strlen(value)};
  wasi_http_types_header_error_t err;
  wasi_http_types_method_fields_append(fields, &key, &val, &err);
}

void exports_wasi_http_incoming_handler_handle(exports_wasi_http_incoming_handler_own_incoming_request_t request,
                                               exports_wasi_http_incoming_handler_own_response_outparam_t response_out) {
  wasi_http_types_incoming_request_drop_own(request);

  wasi_http_types_own_fields_t headers = wasi_http_types_constructor_fields();
  header(wasi_http_types_borrow_fields(headers), "content-type", "text/plain");
  header(wasi_http_types_borrow_fields(headers), "content-length", "13");
  header(wasi_http_types_borrow_fields(headers), "x-guest", "c");
  wasi_http_types_own_outgoing_response_t response = wasi_http_types_constructor_outgoing_response(headers);
  wasi_http_types_borrow_outgoing_response_t borrowed = wasi_http_types_borrow_outgoing_response(response);
  wasi_http_types_method_outgoing_response_set_status_code(borrowed, 200);
  wasi_http_types_own_outgoing_body_t body;
  wasi_http_types_method_outgoing_response_body(borrowed, &body);

  wasi_http_types_result_own_outgoing_response_error_code_t result = {.is_err = false, .val = {.ok = response}};
  wasi_http_types_static_response_outparam_set(response_out, &result);

  wasi_http_types_own_output_stream_t stream;
  if (wasi_http_types_method_outgoing_body_write(wasi_http_types_borrow_outgoing_body(body), &stream)) {
    proxy_list_u8_t contents = {(uint8_t *)BODY, sizeof BODY - 1};
    wasi_io_streams_stream_error_t err;
    wasi_io_streams_method_output_stream_blocking_write_and_flush(wasi_io_streams_borrow_output_stream(stream),
                                                                   &contents, &err);
    wasi_io_streams_output_stream_drop_own(stream);
  }
  wasi_http_types_error_code_t err;
  wasi_http_types_static_outgoing_body_finish(body, NULL, &err);
}
