package com.example; public class App {}
