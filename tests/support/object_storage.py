"""A local S3-compatible server (moto's server mode) for the tests of uploads in object storage."""

import contextlib
import json

import boto3
from moto.server import ThreadedMotoServer

# moto accepts any credentials; boto3 wants some to sign with.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
REGION = "eu-central-1"


@contextlib.contextmanager
def s3_server():
    """Serve S3 on a free loopback port; give its endpoint URL, e.g. http://127.0.0.1:40123."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def s3_client(endpoint_url):
    return boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )


def public_read_policy(bucket):
    """The bucket policy docs/deploy.md gives: anyone may read media/, nothing else."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicPictures",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{bucket}/media/*",
                }
            ],
        }
    )


def bucket_create(endpoint_url, bucket):
    """A bucket whose media/ anyone may read, as an operator sets it up."""
    client = s3_client(endpoint_url)
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.put_bucket_policy(Bucket=bucket, Policy=public_read_policy(bucket))


def bucket_keys(endpoint_url, bucket):
    listing = s3_client(endpoint_url).list_objects_v2(Bucket=bucket)
    return sorted(entry["Key"] for entry in listing.get("Contents", []))
