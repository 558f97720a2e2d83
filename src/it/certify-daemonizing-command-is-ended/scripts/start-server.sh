#!/bin/sh
# Exits 0 but leaves its "server" running.
sleep 300 &
echo $! > target/server.pid
echo "server started"
