#!/bin/sh
# Prints a secret it was given, starts a child that would outlive it, and hangs.
echo "certifying with token $API_TOKEN"
sleep 300 &
echo $! > target/hang-child.pid
wait
