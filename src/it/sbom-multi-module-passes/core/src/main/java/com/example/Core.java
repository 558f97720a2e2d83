package com.example; public class Core {}
