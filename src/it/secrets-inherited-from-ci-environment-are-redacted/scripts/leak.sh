#!/bin/sh
# A careless release script: it prints what CI gave it, then fails, so its output becomes a finding's detail.
echo "github $GITHUB_TOKEN"
echo "deploy $DEPLOY_PASSWORD"
echo "npm $NPM_TOKEN"
echo "aws_secret_access_key=$AWS_SECRET_ACCESS_KEY"
echo "cookie $CI_SESSION_COOKIE"
# as a deploy script that read ~/.m2/settings.xml would
echo "server company-releases Srv-Pa55w0rd-42"
echo "arguments: $*"
exit 3
